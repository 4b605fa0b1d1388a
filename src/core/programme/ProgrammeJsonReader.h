// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to palier_core: the strict reader behind parseProgrammeDefinition().

#include <QString>

class QJsonDocument;

namespace Palier {

struct ProgrammeDefinition;

/// The file's first fault: where it is (a JSON path such as "$.domains[3].label") and what is wrong there.
struct ProgrammeFault
{
    QString path;
    QString what;
};

/// Reads `document` into `def`, validating every field; on the first fault, returns false and describes it in
/// `fault` (messages are translated in the "Palier::ProgrammeDefinition" context).
bool readProgrammeJson(const QJsonDocument& document, ProgrammeDefinition& def, ProgrammeFault& fault);

} // namespace Palier
