// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "letters/LetterData.h"

#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Palier {

/// The full HTML of one letter: the body template rendered with the establishment's data (kainjow Mustache,
/// values HTML-escaped) inside the letterhead frame. The template must have passed validateTemplate().
QString renderLetterHtml(const LetterContext& context, const LetterCase& letter, const LetterTemplate& body,
                         const QString& reference);

/// A document laid out for an A4 page with margins, independent of the screen: safe to build and paint in a
/// worker thread (each thread its own document). Call preloadLetterResources() once on the main thread first.
std::unique_ptr<QTextDocument> letterDocument(const QString& html);
/// Loads the shared images (the ARS logo) once: call it on the main thread before any worker builds a document.
void preloadLetterResources();

/// Paints `document` page by page on `device` through `painter` (already begun), with "page n / N" and
/// `reference` at the foot of each page; starts a new page first when `newPageFirst`. Returns the pages painted.
int paintLetter(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter, const QString& reference,
                bool newPageFirst);
/// Sets the A4 page and margins of the letters on `device`.
void setLetterPageLayout(QPagedPaintDevice& device);

/// Writes one letter as a PDF at `path`; returns the SHA-256 (hex) of the file written.
Result<QString> writeLetterPdf(const QString& html, const QString& reference, const QString& path);
/// Writes one letter as an OpenDocument text at `path`; returns the SHA-256 (hex) of the file written.
Result<QString> writeLetterOdt(const QString& html, const QString& path);
/// Writes every letter one after the other into one PDF for printing in one go; returns its page count.
Result<int> writeCombinedPdf(const QStringList& htmls, const QStringList& references, const QString& path);
/// The same, safe in a worker thread; `carryOn(lettersDone)` is called after each letter, and a false answer
/// stops: the partial file is removed and the error is "letters.cancelled".
Result<int> writeCombinedPdf(const QStringList& htmls, const QStringList& references, const QString& path,
                             const std::function<bool(int)>& carryOn);

/// A file name safe on Windows and Linux: "930000017 Centre hospitalier fictif.pdf"; characters / \ : * ? " < > |
/// and control characters become "_", accents are kept (NFC), trailing dots and spaces dropped.
QString letterFileName(const QString& finess, const QString& name, const QString& extension);

/// SHA-256 of a file, in hex; empty when it cannot be read.
QString fileSha256(const QString& path);

} // namespace Palier
