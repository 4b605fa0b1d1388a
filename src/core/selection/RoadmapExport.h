// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace Palier {

class Database;

/// The regional roadmap as a document the ARS can send: correspondent, envelope per year, priority axes with
/// their domains, planned split, calendar with the days left at `today`, and the strategy for the financing
/// lever. HTML of the subset QTextDocument renders; French, as the documents the ARS sends are.
Result<QString> roadmapHtml(const Database& db, const QDate& today);

/// Writes the roadmap to `path`: a PDF when it ends in .pdf, an OpenDocument text when it ends in .odt. Needs a
/// QGuiApplication (text layout). Returns the SHA-256 (hex) of the file written.
Result<QString> exportRoadmap(const Database& db, const QString& path, const QDate& today);

} // namespace Palier
