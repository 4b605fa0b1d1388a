// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapDialog.h"

#include "RoadmapSplitTable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Palier {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

/// The body of a document QTextEdit wrote, without its <html><head><style>: the roadmap keeps fragments.
QString bodyFragment(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(html);
    return (match.hasMatch() ? match.captured(1) : html).trimmed();
}

} // namespace

RoadmapDialog::RoadmapDialog(const Roadmap& roadmap, const QList<RoadmapDomain>& domains, QWidget* parent)
    : QDialog(parent)
    , m_original(roadmap)
    , m_domains(domains)
    , m_axes(roadmap.axes)
    , m_correspondent(new QLineEdit(roadmap.correspondent, this))
    , m_envelope(new QDoubleSpinBox(this))
    , m_weightByDomain(new QCheckBox(tr("Maximise the score × the domain’s weight (optimal method)"), this))
    , m_years(new QTableWidget(0, 2, this))
    , m_axisList(new QListWidget(this))
    , m_axisTitle(new QLineEdit(this))
    , m_axisText(new QPlainTextEdit(this))
    , m_axisDomains(new QListWidget(this))
    , m_split(new RoadmapSplitTable(domains, roadmap.shares, this))
    , m_strategy(new QTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit the Roadmap"));
    setObjectName(QStringLiteral("roadmapDialog"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("roadmapTabWidget"));
    tabs->addTab(createGeneralTab(), tr("&Envelope"));
    tabs->addTab(createAxesTab(), tr("&Axes"));
    tabs->addTab(createSplitTab(), tr("&Planned Split"));
    tabs->addTab(createStrategyTab(), tr("&Strategy"));
    m_message->setObjectName(QStringLiteral("roadmapProblemsLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 560);
    validate();
}

QWidget* RoadmapDialog::createGeneralTab()
{
    auto* tab = new QWidget(this);
    m_correspondent->setObjectName(QStringLiteral("correspondentLineEdit"));
    m_envelope->setObjectName(QStringLiteral("envelopeSpinBox"));
    m_envelope->setRange(0, 1e10);
    m_envelope->setDecimals(2);
    m_envelope->setGroupSeparatorShown(true);
    m_envelope->setSuffix(QStringLiteral(" €"));
    m_envelope->setValue(double(m_original.envelopeCents) / 100.0);
    m_weightByDomain->setObjectName(QStringLiteral("weightByDomainCheckBox"));
    m_weightByDomain->setChecked(m_original.weightByDomain);
    m_years->setObjectName(QStringLiteral("envelopePerYearTableWidget"));
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Cap on the payments of the year (€)")});
    m_years->horizontalHeader()->setStretchLastSection(true);
    m_years->verticalHeader()->hide();
    for (auto it = m_original.envelopePerYear.cbegin(); it != m_original.envelopePerYear.cend(); ++it) {
        const int row = m_years->rowCount();
        m_years->insertRow(row);
        auto* year = new QTableWidgetItem;
        year->setData(Qt::EditRole, it.key());
        auto* amount = new QTableWidgetItem(RoadmapNumbers::text(double(it.value()), false));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_years->setItem(row, 0, year);
        m_years->setItem(row, 1, amount);
    }
    auto* addYear = button(tr("Add a &Year"), QStringLiteral("addYearButton"), tab);
    auto* removeYear = button(tr("Remove the Year"), QStringLiteral("removeYearButton"), tab);
    connect(addYear, &QPushButton::clicked, this, &RoadmapDialog::addYear);
    connect(removeYear, &QPushButton::clicked, this, [this] {
        m_years->removeRow(m_years->currentRow());
        validate();
    });
    auto* yearButtons = new QHBoxLayout;
    yearButtons->addWidget(addYear);
    yearButtons->addWidget(removeYear);
    yearButtons->addStretch();
    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Correspondent:"), m_correspondent);
    form->addRow(tr("&Envelope:"), m_envelope);
    form->addRow(QString(), m_weightByDomain);
    form->addRow(tr("&Per year:"), m_years);
    form->addRow(QString(), yearButtons);
    // Screen order: the form top to bottom, then the buttons under the table of years.
    setTabOrder(m_correspondent, m_envelope);
    setTabOrder(m_envelope, m_weightByDomain);
    setTabOrder(m_weightByDomain, m_years);
    setTabOrder(m_years, addYear);
    setTabOrder(addYear, removeYear);
    connect(m_envelope, &QDoubleSpinBox::valueChanged, this, &RoadmapDialog::validate);
    connect(m_years, &QTableWidget::itemChanged, this, &RoadmapDialog::validate);
    return tab;
}

void RoadmapDialog::addYear()
{
    int year = QDate::currentDate().year();
    for (int row = 0; row < m_years->rowCount(); ++row) {
        year = std::max(year, m_years->item(row, 0)->data(Qt::EditRole).toInt() + 1);
    }
    const int row = m_years->rowCount();
    m_years->insertRow(row);
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, year);
    auto* amount = new QTableWidgetItem(QStringLiteral("0"));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_years->setItem(row, 0, item);
    m_years->setItem(row, 1, amount);
    m_years->setCurrentCell(row, 1);
    validate();
}

QWidget* RoadmapDialog::createAxesTab()
{
    auto* tab = new QWidget(this);
    m_axisList->setObjectName(QStringLiteral("axesListWidget"));
    m_axisList->setAccessibleName(tr("Priority axes"));
    m_axisTitle->setObjectName(QStringLiteral("axisTitleLineEdit"));
    m_axisText->setObjectName(QStringLiteral("axisTextEdit"));
    m_axisText->setTabChangesFocus(true);
    m_axisDomains->setObjectName(QStringLiteral("axisDomainsListWidget"));
    for (const RoadmapDomain& domain : std::as_const(m_domains)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(domain.code, domain.label), m_axisDomains);
        item->setData(CodeRole, domain.code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    for (const RoadmapAxis& axis : std::as_const(m_axes)) {
        m_axisList->addItem(axis.title);
    }
    auto* add = button(tr("A&dd"), QStringLiteral("addAxisButton"), tab);
    auto* remove = button(tr("&Remove"), QStringLiteral("removeAxisButton"), tab);
    auto* up = button(tr("Move &Up"), QStringLiteral("moveAxisUpButton"), tab);
    auto* down = button(tr("Move Do&wn"), QStringLiteral("moveAxisDownButton"), tab);
    connect(add, &QPushButton::clicked, this, &RoadmapDialog::addAxis);
    connect(remove, &QPushButton::clicked, this, &RoadmapDialog::removeAxis);
    connect(up, &QPushButton::clicked, this, [this] { moveAxis(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveAxis(1); });
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down}) {
        listButtons->addWidget(b);
    }
    auto* left = new QVBoxLayout;
    left->addWidget(m_axisList, 1);
    left->addLayout(listButtons);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_axisTitle);
    form->addRow(tr("Te&xt:"), m_axisText);
    form->addRow(tr("Do&mains:"), m_axisDomains);
    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(left, 2);
    layout->addLayout(form, 3);
    // Screen order: the list and its buttons on the left, then the axis's form on the right.
    setTabOrder(m_axisList, add);
    setTabOrder(add, remove);
    setTabOrder(remove, up);
    setTabOrder(up, down);
    setTabOrder(down, m_axisTitle);
    setTabOrder(m_axisTitle, m_axisText);
    setTabOrder(m_axisText, m_axisDomains);
    connect(m_axisList, &QListWidget::currentRowChanged, this, &RoadmapDialog::showAxis);
    connect(m_axisTitle, &QLineEdit::textEdited, this, &RoadmapDialog::storeAxis);
    connect(m_axisText, &QPlainTextEdit::textChanged, this, &RoadmapDialog::storeAxis);
    connect(m_axisDomains, &QListWidget::itemChanged, this, &RoadmapDialog::storeAxis);
    m_axisList->setCurrentRow(m_axes.isEmpty() ? -1 : 0);
    showAxis(m_axisList->currentRow());
    return tab;
}

void RoadmapDialog::showAxis(int row)
{
    m_axisRow = -1; // the fields below are filled, not edited
    const bool valid = row >= 0 && row < m_axes.size();
    const RoadmapAxis axis = valid ? m_axes.at(row) : RoadmapAxis{};
    m_axisTitle->setText(axis.title);
    m_axisText->setPlainText(axis.description);
    for (int n = 0; n < m_axisDomains->count(); ++n) {
        QListWidgetItem* item = m_axisDomains->item(n);
        item->setCheckState(axis.domains.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    for (QWidget* field : std::initializer_list<QWidget*>{m_axisTitle, m_axisText, m_axisDomains}) {
        field->setEnabled(valid);
    }
    m_axisRow = valid ? row : -1;
}

void RoadmapDialog::storeAxis()
{
    if (m_axisRow < 0) {
        return;
    }
    RoadmapAxis& axis = m_axes[m_axisRow];
    axis.title = m_axisTitle->text();
    axis.description = m_axisText->toPlainText();
    axis.domains.clear();
    for (int n = 0; n < m_axisDomains->count(); ++n) {
        if (m_axisDomains->item(n)->checkState() == Qt::Checked) {
            axis.domains.append(m_axisDomains->item(n)->data(CodeRole).toString());
        }
    }
    m_axisList->item(m_axisRow)->setText(axis.title);
    validate();
}

void RoadmapDialog::addAxis()
{
    m_axes.append({tr("New axis"), QString(), {}});
    m_axisList->addItem(m_axes.constLast().title);
    m_axisList->setCurrentRow(int(m_axes.size()) - 1);
    m_axisTitle->selectAll();
    m_axisTitle->setFocus();
    validate();
}

void RoadmapDialog::removeAxis()
{
    const int row = m_axisList->currentRow();
    if (row < 0) {
        return;
    }
    m_axisRow = -1;
    m_axes.removeAt(row);
    delete m_axisList->takeItem(row);
    showAxis(m_axisList->currentRow());
    validate();
}

void RoadmapDialog::moveAxis(int delta)
{
    const int row = m_axisList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_axes.size()) {
        return;
    }
    m_axisRow = -1;
    m_axes.move(row, target);
    m_axisList->insertItem(target, m_axisList->takeItem(row));
    m_axisList->setCurrentRow(target);
    showAxis(target);
}

QWidget* RoadmapDialog::createSplitTab()
{
    m_split->setEnvelope(m_envelope->value());
    connect(m_envelope, &QDoubleSpinBox::valueChanged, m_split, &RoadmapSplitTable::setEnvelope);
    connect(m_split, &RoadmapSplitTable::changed, this, &RoadmapDialog::validate);
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* hint = new QLabel(tr("Leave a cell empty for no bound. Amounts in euros, shares in % of the envelope."), tab);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_split, 1);
    return tab;
}

QWidget* RoadmapDialog::createStrategyTab()
{
    auto* tab = new QWidget(this);
    m_strategy->setObjectName(QStringLiteral("strategyTextEdit"));
    m_strategy->setAccessibleName(tr("Regional strategy for the financing lever"));
    m_strategy->setTabChangesFocus(true);
    m_strategy->setAcceptRichText(true);
    m_strategy->setHtml(m_original.strategyHtml);
    m_strategy->document()->setModified(false);
    auto* tools = new QHBoxLayout;
    const auto tool = [this, tab, tools](const QString& text, const QString& tip, auto apply) {
        auto* b = new QToolButton(tab);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, [this, apply] {
            apply(m_strategy);
            m_strategy->setFocus();
        });
        tools->addWidget(b);
    };
    tool(tr("B"), tr("Bold"), [](QTextEdit* edit) {
        edit->setFontWeight(edit->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    });
    tool(tr("I"), tr("Italic"), [](QTextEdit* edit) { edit->setFontItalic(!edit->fontItalic()); });
    tool(tr("•"), tr("Bulleted list"), [](QTextEdit* edit) {
        QTextCursor cursor = edit->textCursor();
        if (QTextList* list = cursor.currentList()) {
            QTextBlockFormat format = cursor.blockFormat();
            list->remove(cursor.block());
            format.setIndent(0);
            cursor.setBlockFormat(format);
        } else {
            cursor.createList(QTextListFormat::ListDisc);
        }
    });
    tools->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(tools);
    layout->addWidget(m_strategy, 1);
    return tab;
}

Roadmap RoadmapDialog::roadmap() const
{
    Roadmap result = m_original;
    result.correspondent = m_correspondent->text().trimmed();
    result.envelopeCents = std::llround(m_envelope->value() * 100.0);
    result.weightByDomain = m_weightByDomain->isChecked();
    result.envelopePerYear.clear();
    for (int row = 0; row < m_years->rowCount(); ++row) {
        if (!m_years->item(row, 0) || !m_years->item(row, 1)) {
            continue; // being added
        }
        bool ok = true;
        const double euros = RoadmapNumbers::parse(m_years->item(row, 1)->text(), &ok).value_or(0);
        result.envelopePerYear.insert(m_years->item(row, 0)->data(Qt::EditRole).toInt(), std::llround(euros * 100.0));
    }
    result.axes = m_axes;
    for (RoadmapAxis& axis : result.axes) {
        axis.title = axis.title.trimmed();
        axis.description = axis.description.trimmed();
    }
    result.shares = m_split->shares();
    if (m_strategy->document()->isModified()) {
        result.strategyHtml = m_strategy->document()->isEmpty() ? QString() : bodyFragment(m_strategy->toHtml());
    }
    return result;
}

void RoadmapDialog::validate()
{
    QStringList problems = m_split->problems();
    QSet<int> years;
    for (int row = 0; row < m_years->rowCount() && m_years->item(row, 0); ++row) {
        const int year = m_years->item(row, 0)->data(Qt::EditRole).toInt();
        bool ok = true;
        const QString amount = m_years->item(row, 1) ? m_years->item(row, 1)->text() : QString();
        RoadmapNumbers::parse(amount, &ok);
        if (!ok) {
            problems.append(tr("“%1” is not an amount (%2).").arg(amount).arg(year));
        }
        if (years.contains(year)) {
            problems.append(tr("The year %1 is listed twice.").arg(year));
        }
        years.insert(year);
    }
    problems += validateRoadmap(roadmap());
    m_problems = problems;
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

} // namespace Palier
