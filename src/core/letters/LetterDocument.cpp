// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <kainjow/mustache.hpp>

namespace Palier {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Palier::LetterDocument)
};

using kainjow::mustache::data;
using kainjow::mustache::list;
using kainjow::mustache::object;

/// Letters are laid out at 96 dots per inch whatever the device, then scaled: the same layout on screen, in the
/// PDF and on the printer.
constexpr double LayoutDpi = 96.0;
constexpr double MillimetresPerInch = 25.4;
const QMarginsF PageMarginsMm(20, 15, 20, 12);
constexpr double FooterHeight = 24.0; ///< in layout units, taken from the bottom of the printable area
constexpr double ClipOverhang = 12.0;
const QUrl LogoUrl(QStringLiteral("palier-letters:logo"));

std::string s(const QString& text)
{
    return text.toStdString();
}

QImage logoImage()
{
    // 300 × 90 pixels for 40 × 12 mm (about 190 dpi), opaque: every PDF compresses its own copy of the logo, and a
    // larger or transparent one was a sixth of the writing time.
    static const QImage logo = [] {
        QImageReader reader(QStringLiteral(":/letters/ars-logo.svg"));
        reader.setScaledSize(QSize(300, 90));
        reader.setBackgroundColor(Qt::white);
        return reader.read().convertToFormat(QImage::Format_RGB32);
    }();
    return logo;
}

QSizeF layoutPageSize()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF printable(a4.width() - PageMarginsMm.left() - PageMarginsMm.right(),
                           a4.height() - PageMarginsMm.top() - PageMarginsMm.bottom());
    return printable * (LayoutDpi / MillimetresPerInch) - QSizeF(0, FooterHeight);
}

data fileData(const LetterFile& f, const LetterContext& context)
{
    static const char* const decisions[] = {"Retenu", "Liste d’attente", "Non retenu", "En attente de validation"};
    data d{object{{"domaine", s(f.domainCode)},
                  {"libelle_domaine", s(f.domainLabel)},
                  {"intitule", s(f.title)},
                  {"decision", decisions[int(f.decision)]},
                  {"motif", s(f.reason)}}};
    if (f.amountCents) {
        const qint64 seed = *f.amountCents * context.seedSharePercent / 100;
        d.set("montant", s(letterAmount(*f.amountCents)));
        d.set("montant_amorcage", s(letterAmount(seed)));
        d.set("montant_usage", s(letterAmount(*f.amountCents - seed)));
    }
    return d;
}

data letterData(const LetterContext& context, const LetterCase& letter, const QString& reference)
{
    list all;
    list retained;
    list waiting;
    list refused;
    for (const LetterFile& f : letter.files) {
        data d = fileData(f, context);
        all.push_back(d);
        (f.decision == FileDecision::Retenu         ? retained
         : f.decision == FileDecision::ListeAttente ? waiting
                                                    : refused)
            .push_back(d);
    }
    list missing;
    for (const QString& p : letter.missingPrerequisites) {
        missing.push_back(object{{"code", s(p.section(QStringLiteral(" — "), 0, 0))},
                                 {"libelle", s(p.section(QStringLiteral(" — "), 1))}});
    }
    list targets;
    for (const UsageTarget& t : letter.usageTargets) {
        targets.push_back(object{{"code", s(t.code)}, {"libelle", s(t.label)}, {"cible", s(t.target)}});
    }
    list addressLines;
    for (const QString& line : context.head.address.split(u'\n', Qt::SkipEmptyParts)) {
        addressLines.push_back(object{{"ligne", s(line.trimmed())}});
    }
    const qint64 seed = letter.totalCents * context.seedSharePercent / 100;
    data d{object{
        {"etablissement", object{{"raison_sociale", s(letter.name)},
                                 {"finess", s(letter.finess)},
                                 {"finess_ej", s(letter.finessEj)},
                                 {"adresse", s(letter.address)},
                                 {"code_postal", s(letter.postalCode)},
                                 {"commune", s(letter.town)}}},
        {"ars", object{{"nom", s(context.head.arsName)},
                       {"ville", s(context.head.town)},
                       {"signataire", s(context.head.signatory)},
                       {"fonction_signataire", s(context.head.signatoryTitle)},
                       {"adresse_lignes", addressLines}}},
        {"programme", object{{"nom", s(context.programmeName)}}},
        {"reference", s(reference)},
        {"date_notification", s(letterDate(context.notificationDate()))},
        {"date_limite_usage", s(letterDate(context.usageDeadline()))},
        {"montant_total", s(letterAmount(letter.totalCents))},
        {"montant_amorcage", s(letterAmount(seed))},
        {"montant_usage", s(letterAmount(letter.totalCents - seed))},
        {"part_amorcage", s(QStringLiteral("%1\u00a0%").arg(context.seedSharePercent))},
        {"part_usage", s(QStringLiteral("%1\u00a0%").arg(context.usageSharePercent))},
        {"dossiers", all},
        {"dossiers_retenus", retained},
        {"dossiers_attente", waiting},
        {"dossiers_non_retenus", refused},
        {"a_dossiers_attente", data(!waiting.empty())},
        {"a_dossiers_non_retenus", data(!refused.empty())},
        {"non_eligible", data(!letter.eligible && !missing.empty())},
        {"prerequis_manquants", missing},
        {"cibles_usage", targets},
        {"a_cibles_usage", data(!targets.empty())},
    }};
    return d;
}

Error writeError(const QString& path)
{
    return Error{QStringLiteral("letters.write"),
                 Text::tr("The letter “%1” could not be written: check that the folder exists and that you may "
                          "write in it.")
                     .arg(QDir::toNativeSeparators(path)),
                 path};
}

Result<QString> hashed(const QString& path)
{
    const QString sha = fileSha256(path);
    if (sha.isEmpty()) {
        return writeError(path);
    }
    return sha;
}

} // namespace

QString renderLetterHtml(const LetterContext& context, const LetterCase& letter, const LetterTemplate& body,
                         const QString& reference)
{
    data d = letterData(context, letter, reference);
    kainjow::mustache::mustache bodyTemplate(s(body.body));
    d.set("corps", bodyTemplate.render(d));
    static const std::string frame = s(letterFrame());
    kainjow::mustache::mustache frameTemplate(frame);
    return QString::fromStdString(frameTemplate.render(d));
}

void preloadLetterResources()
{
    (void)logoImage();
}

std::unique_ptr<QTextDocument> letterDocument(const QString& html)
{
    auto document = std::make_unique<QTextDocument>();
    // A 96-dpi image as layout device: the layout does not depend on the screen, and works in any thread.
    static const QImage layoutDevice = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(LayoutDpi / MillimetresPerInch * 1000);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    // One per thread, alive as long as the thread: the layout keeps a pointer to it.
    thread_local QImage device = layoutDevice;
    document->documentLayout()->setPaintDevice(&device);
    document->setUseDesignMetrics(true);
    // A tiny letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text is searchable as typed.
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    // Hinting fits glyphs to screen pixels: useless in a PDF, and FreeType's hinting interpreter was 40 % of the time.
    font.setHintingPreference(QFont::PreferNoHinting);
    document->setDefaultFont(font);
    document->addResource(QTextDocument::ImageResource, LogoUrl, logoImage());
    document->setPageSize(layoutPageSize());
    document->setDocumentMargin(0);
    document->setHtml(html);
    return document;
}

void setLetterPageLayout(QPagedPaintDevice& device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, PageMarginsMm, QPageLayout::Millimeter));
}

int paintLetter(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter, const QString& reference,
                bool newPageFirst)
{
    const QSizeF page = document.pageSize();
    const double scale = device.logicalDpiX() / LayoutDpi;
    const int pages = document.pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPixelSize(10);
    footerFont.setHintingPreference(QFont::PreferNoHinting);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 || newPageFirst) {
            device.newPage();
        }
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -i * page.height());
        // Clipped to the page's height only: right-aligned lines may overhang the text width by a pixel or two.
        document.drawContents(&painter,
                              QRectF(-ClipOverhang, i * page.height(), page.width() + 2 * ClipOverhang, page.height()));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, page.height() + 6, page.width(), FooterHeight - 6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, reference);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("Page %1 / %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    return pages;
}

Result<QString> writeLetterPdf(const QString& html, const QString& reference, const QString& path)
{
    const std::unique_ptr<QTextDocument> document = letterDocument(html);
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Palier"));
        writer.setTitle(reference);
        setLetterPageLayout(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            return writeError(path);
        }
        paintLetter(*document, writer, painter, reference, false);
        painter.end();
    }
    return hashed(path);
}

Result<QString> writeLetterOdt(const QString& html, const QString& path)
{
    const std::unique_ptr<QTextDocument> document = letterDocument(html);
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(document.get())) {
        return writeError(path);
    }
    return hashed(path);
}

Result<int> writeCombinedPdf(const QStringList& htmls, const QStringList& references, const QString& path)
{
    return writeCombinedPdf(htmls, references, path, {});
}

Result<int> writeCombinedPdf(const QStringList& htmls, const QStringList& references, const QString& path,
                             const std::function<bool(int)>& carryOn)
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Palier"));
        setLetterPageLayout(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error{QStringLiteral("letters.write"),
                         Text::tr("The combined PDF “%1” could not be written: check that the folder exists and "
                                  "that you may write in it.")
                             .arg(QDir::toNativeSeparators(path)),
                         path};
        }
        for (qsizetype i = 0; i < htmls.size(); ++i) {
            const std::unique_ptr<QTextDocument> document = letterDocument(htmls.at(i));
            pages += paintLetter(*document, writer, painter, references.value(i), i > 0);
            if (carryOn && !carryOn(int(i + 1))) {
                pages = -1;
                break;
            }
        }
        painter.end();
    }
    if (pages < 0) {
        QFile::remove(path);
        return Error{QStringLiteral("letters.cancelled"), Text::tr("Cancelled: the combined PDF was not written."),
                     path};
    }
    return pages;
}

QString letterFileName(const QString& finess, const QString& name, const QString& extension)
{
    QString clean = name.normalized(QString::NormalizationForm_C).simplified();
    for (QChar& c : clean) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c)) {
            c = u'_';
        }
    }
    clean.truncate(100);
    while (clean.endsWith(u'.') || clean.endsWith(u' ')) {
        clean.chop(1);
    }
    return QStringLiteral("%1 %2.%3").arg(finess, clean, extension);
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Palier
