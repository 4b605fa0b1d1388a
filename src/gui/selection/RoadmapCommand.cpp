// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapCommand.h"

namespace Palier {

RoadmapCommand::RoadmapCommand(const QString& text, Write write, Done done)
    : QUndoCommand(text)
    , m_write(std::move(write))
    , m_done(std::move(done))
{}

void RoadmapCommand::redo()
{
    run(true);
}

void RoadmapCommand::undo()
{
    run(false);
}

void RoadmapCommand::run(bool forward)
{
    const Result<void> written = m_write(forward);
    m_succeeded = written.ok();
    if (!m_succeeded) {
        setObsolete(true);
    }
    m_done(written);
}

} // namespace Palier
