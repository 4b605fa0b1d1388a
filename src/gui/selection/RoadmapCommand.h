// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace Palier {

/// One change of the roadmap or its calendar, written through the core: redo applies it, undo writes back what it
/// replaced, each in its own transaction. A failed write makes the command obsolete, so that the stack drops it;
/// `done` hears every write (to show an error and read the page again).
class RoadmapCommand : public QUndoCommand
{
public:
    using Write = std::function<Result<void>(bool forward)>;
    using Done = std::function<void(const Result<void>&)>;

    RoadmapCommand(const QString& text, Write write, Done done);

    void redo() override;
    void undo() override;

    /// Whether the last write went through.
    bool succeeded() const { return m_succeeded; }

private:
    void run(bool forward);

    Write m_write;
    Done m_done;
    bool m_succeeded = false;
};

} // namespace Palier
