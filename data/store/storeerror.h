#pragma once

#include <QString>

#include <stdexcept>

namespace entente {

/**
 * Why the project store refused or failed. The message always names the file (or the record)
 * and the problem in words a user understands; `code` lets callers map it to exit codes.
 */
class StoreError : public std::runtime_error
{
public:
    enum class Code {
        FileMissing, ///< there is no such file
        NotAProject, ///< the file is not an Entente project (not SQLite, or not ours)
        NewerSchema, ///< written by a newer Entente
        Corrupt, ///< SQLite says the file is damaged, or the schema was tampered with
        ReadOnly, ///< a write to a project opened read-only
        InvalidData, ///< a write was refused: dangling reference, bad date, unknown kind…
        Io, ///< anything else SQLite or the file system reported
    };

    StoreError(Code code, const QString& message)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
    {
    }
    Code code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    Code m_code;
    QString m_message;
};

} // namespace entente
