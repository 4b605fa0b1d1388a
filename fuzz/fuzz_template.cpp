// SPDX-License-Identifier: GPL-3.0-or-later
// Letter templates are edited by referents: validation must refuse anything it cannot render, never crash.
#include "FuzzSupport.h"
#include "letters/LetterTemplates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Palier::Fuzz::ensureApplication();
    const QString body = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    std::ignore = Palier::validateTemplate(body);
    return 0;
}
