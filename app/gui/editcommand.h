#pragma once

#include "store/editstep.h"

#include <QUndoCommand>

namespace entente {

class EditController;

/**
 * One edit on the undo stack. It is pushed after its change has already been written (so a
 * refused write never reaches the stack), hence the first redo() is skipped. When a later
 * undo or redo cannot be written, the store has rolled back; the command marks itself
 * obsolete and QUndoStack drops it, so the stack never claims a state the file does not hold.
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditController* controller, EditStep step);

    void undo() override;
    void redo() override;

    const EditStep& step() const { return m_step; }

private:
    EditController* m_controller;
    EditStep m_step;
    bool m_alreadyDone = true;
};

} // namespace entente
