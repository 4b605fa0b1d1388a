// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterTemplateDialog.h"

#include "Formats.h"
#include "letters/LetterDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Palier {

namespace {

constexpr int PreviewDelayMs = 300;

} // namespace

QStandardItemModel* createPlaceholderModel(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 2, parent);
    model->setHorizontalHeaderLabels({QCoreApplication::translate("Palier::LetterTemplateDialog", "Placeholder"),
                                      QCoreApplication::translate("Palier::LetterTemplateDialog", "Holds")});
    for (const Placeholder& p : letterPlaceholders()) {
        const QString tag =
            p.section ? QStringLiteral("{{#%1}}…{{/%1}}").arg(p.name) : QStringLiteral("{{%1}}").arg(p.name);
        auto* name = new QStandardItem(tag);
        name->setData(p.section ? QStringLiteral("{{#%1}}\n{{/%1}}").arg(p.name) : QStringLiteral("{{%1}}").arg(p.name),
                      Qt::UserRole);
        name->setEditable(false);
        auto* description = new QStandardItem(
            p.within.isEmpty() ? p.description
                               : QCoreApplication::translate("Palier::LetterTemplateDialog", "%1 (inside %2)")
                                     .arg(p.description, p.within));
        description->setEditable(false);
        model->appendRow({name, description});
    }
    return model;
}

LetterTemplateDialog::LetterTemplateDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_kindComboBox(new QComboBox(this))
    , m_versionLabel(new QLabel(this))
    , m_sourceEdit(new QPlainTextEdit(this))
    , m_previewBrowser(new QTextBrowser(this))
    , m_placeholderView(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save as New Version"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("letterTemplateDialog"));
    setWindowTitle(tr("Letter Templates"));
    m_kindComboBox->setObjectName(QStringLiteral("templateKindComboBox"));
    m_sourceEdit->setObjectName(QStringLiteral("templateSourceEdit"));
    m_previewBrowser->setObjectName(QStringLiteral("templatePreviewBrowser"));
    m_placeholderView->setObjectName(QStringLiteral("placeholderTreeView"));
    m_kindComboBox->setAccessibleName(tr("Letter"));
    m_sourceEdit->setAccessibleName(tr("Template"));
    m_sourceEdit->setTabChangesFocus(true);
    m_previewBrowser->setAccessibleName(tr("Preview"));
    m_placeholderView->setAccessibleName(tr("Placeholders"));
    m_statusLabel->setObjectName(QStringLiteral("templateStatusLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveTemplatePushButton"));
    for (LetterKind kind : allLetterKinds()) {
        m_kindComboBox->addItem(letterKindLabel(kind), letterKindKey(kind));
    }
    m_sourceEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_placeholderView->setModel(createPlaceholderModel(this));
    m_placeholderView->setRootIsDecorated(false);
    m_placeholderView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_placeholderView->setToolTip(tr("Double-click a placeholder to insert it at the cursor"));
    m_statusLabel->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Letter:"), this));
    top->addWidget(m_kindComboBox);
    top->addWidget(m_versionLabel, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sourceEdit);
    splitter->addWidget(m_previewBrowser);
    splitter->addWidget(m_placeholderView);
    splitter->setSizes({420, 420, 360});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(1280, 760);

    if (Result<LetterContext> context = loadLetterContext(db); context) {
        m_context = std::move(context).value();
    }
    preloadLetterResources();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &LetterTemplateDialog::save);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::showKind);
    connect(m_sourceEdit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &LetterTemplateDialog::refreshPreview);
    connect(m_placeholderView, &QAbstractItemView::doubleClicked, this, &LetterTemplateDialog::insertPlaceholder);
    showKind();
}

LetterTemplateDialog::~LetterTemplateDialog() = default;

void LetterTemplateDialog::showKind()
{
    const LetterKind kind = *letterKindFromKey(m_kindComboBox->currentData().toString());
    Result<LetterTemplate> current = currentTemplate(m_db, kind);
    if (!current) {
        m_statusLabel->setText(current.error().message);
        return;
    }
    m_versionLabel->setText(
        current->version == 0 ? tr("Template shipped with Palier")
                              : tr("Version %1, saved on %2 by %3")
                                    .arg(current->version)
                                    .arg(Formats::shortDate(current->createdAt.toLocalTime().date()), current->author));
    m_sourceEdit->setPlainText(current->body);
    refreshPreview();
}

void LetterTemplateDialog::refreshPreview()
{
    const QString body = m_sourceEdit->toPlainText();
    const Result<void> valid = validateTemplate(body);
    m_saveButton->setEnabled(valid.ok());
    if (!valid) {
        m_statusLabel->setText(valid.error().message);
        return;
    }
    const LetterKind kind = *letterKindFromKey(m_kindComboBox->currentData().toString());
    const LetterCase* sample = nullptr;
    if (m_context) {
        for (const LetterCase& c : std::as_const(m_context->cases)) {
            if (c.kind == kind && (!sample || c.problems.isEmpty())) {
                sample = &c;
                if (c.problems.isEmpty()) {
                    break;
                }
            }
        }
    }
    if (!sample) {
        m_statusLabel->setText(tr("No establishment of the campaign gets this letter: the preview is empty."));
        m_previewBrowser->clear();
        return;
    }
    m_statusLabel->setText(tr("Preview with the data of %1.").arg(sample->name));
    const QString html = renderLetterHtml(*m_context, *sample, LetterTemplate{kind, 0, body, {}, {}},
                                          m_context->referencePrefix() + QStringLiteral("/0000"));
    std::unique_ptr<QTextDocument> document = letterDocument(html);
    // The browser does not own documents set on it: the previous preview is deleted here.
    QTextDocument* previous = m_previewDocument;
    m_previewDocument = document.release();
    m_previewDocument->setParent(this);
    m_previewBrowser->setDocument(m_previewDocument);
    delete previous;
}

bool LetterTemplateDialog::save()
{
    const LetterKind kind = *letterKindFromKey(m_kindComboBox->currentData().toString());
    Result<LetterTemplate> saved = saveTemplate(m_db, kind, m_sourceEdit->toPlainText(), {});
    if (!saved) {
        m_statusLabel->setText(saved.error().message);
        return false;
    }
    m_statusLabel->setText(tr("Saved as version %1: the next letters use it.").arg(saved->version));
    m_versionLabel->setText(tr("Version %1, saved on %2 by %3")
                                .arg(saved->version)
                                .arg(Formats::shortDate(saved->createdAt.toLocalTime().date()), saved->author));
    return true;
}

void LetterTemplateDialog::insertPlaceholder(const QModelIndex& index)
{
    const QString text = index.siblingAtColumn(0).data(Qt::UserRole).toString();
    if (!text.isEmpty()) {
        m_sourceEdit->insertPlainText(text);
        m_sourceEdit->setFocus();
    }
}

} // namespace Palier
