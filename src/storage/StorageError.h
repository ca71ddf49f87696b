#pragma once
#include "core/UserError.h"

namespace sochibo::storage {

/// The user-facing failure of the whole program is the core's; storage is where most arise.
using StorageError = core::UserError;

} // namespace sochibo::storage
