// SPDX-License-Identifier: GPL-3.0-or-later
// Programme definitions are data a referent may edit or import: the strict loader must refuse anything, never crash.
#include "FuzzSupport.h"
#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeJsonReader.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Palier::Fuzz::ensureApplication();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    Palier::ProgrammeDefinition definition;
    Palier::ProgrammeFault fault;
    std::ignore = Palier::readProgrammeJson(document, definition, fault);
    return 0;
}
