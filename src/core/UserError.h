#pragma once
#include <QString>
#include <stdexcept>

namespace sochibo::core {

/// A failure the user is told about (storage calls it StorageError; the reports throw it for
/// a document the records cannot give): \a message is a complete Vietnamese sentence (with an
/// English gloss where useful); \a code is SQLite's extended result code or 0.
class UserError : public std::runtime_error
{
public:
    enum class Kind {
        Io,          ///< file missing, unreadable, disk full, locked
        NotDatabase, ///< not SQLite, or SQLite but not ours
        NewerSchema, ///< written by a newer version of the program
        Damaged,     ///< integrity check failed
        Constraint,  ///< a rule of the records refused the change
        Input,       ///< bad input (JSON, arguments)
        ReadOnly,    ///< opened read-only, or the file/folder cannot be written
        Locked,      ///< another instance (here or on another PC) writes this file
        Other
    };
    UserError(Kind kind, const QString &message, int code = 0)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_code(code)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int code() const { return m_code; }

private:
    Kind m_kind;
    QString m_message;
    int m_code;
};

} // namespace sochibo::core
