#pragma once

#include "writebatch.h"

#include <QString>

namespace entente {

/**
 * One user edit, ready to be done and undone: the batch that makes the change and the batch
 * that restores what was there before, both complete records (not deltas), so each lands as
 * one transaction and undo never depends on anything but the store it is written to.
 */
struct EditStep
{
    QString text; ///< for the Edit menu and the history ("Add entity Jane Doe")
    WriteBatch redo;
    WriteBatch undo;
};

} // namespace entente
