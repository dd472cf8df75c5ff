#pragma once

#include <QString>

namespace entente {

/**
 * Puts a finished file in place of another so that a crash at any moment leaves either the old
 * file or the new one, never neither: the replacement is one rename(2) (atomic on POSIX), made
 * durable by syncing the folder. `target`'s own WAL is folded into it first, so a stale WAL can
 * never be replayed onto the new file and no committed page of the old one is dropped.
 * Throws StoreError naming the target on failure; `finished` is removed then.
 */
void replaceFileAtomically(const QString& finished, const QString& target);

} // namespace entente
