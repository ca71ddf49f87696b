#pragma once

// Settings (QSettings) of a test process kept apart from the user's and from other test runs.
// A helper for the test programs, not a test: its guard stops the run (qFatal) when the
// settings file is not this process's own; TestReliability::testSettingsAreThisRunsOwn
// checks that it does what it says.
namespace sochibo::testing {

/// Test-mode standard paths and an organisation name of this process alone, cleared: nothing
/// remembered by an earlier run (columns, recent files, backup folder) leaks in.
void isolateSettings();
/// Clears them and removes their file (cleanupTestCase).
void dropSettings();

} // namespace sochibo::testing
