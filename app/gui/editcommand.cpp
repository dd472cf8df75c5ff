#include "editcommand.h"

#include "editcontroller.h"

namespace entente {

EditCommand::EditCommand(EditController* controller, EditStep step)
    : QUndoCommand(step.text), m_controller(controller), m_step(std::move(step))
{
}

void EditCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    if (!m_controller->apply(m_step.redo))
        setObsolete(true);
}

void EditCommand::undo()
{
    if (!m_controller->apply(m_step.undo))
        setObsolete(true);
}

} // namespace entente
