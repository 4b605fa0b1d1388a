// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Palier {

namespace {

constexpr int TheirsId = 0;
constexpr int YoursId = 1;
constexpr int MaximumValueWidth = 360;

std::function<int(ConflictDialog&)>& nextHandler()
{
    static std::function<int(ConflictDialog&)> handler;
    return handler;
}

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// A value as a choice: elided when long, the whole value in the tooltip.
QRadioButton* valueButton(const QString& text, QWidget* parent)
{
    auto* button = new QRadioButton(parent);
    const QString shown = button->fontMetrics().elidedText(text, Qt::ElideRight, MaximumValueWidth);
    button->setText(QString(shown).replace(u'&', QStringLiteral("&&")));
    button->setToolTip(text);
    return button;
}

} // namespace

ConflictDialog::ConflictDialog(const QString& recordName, const QString& user, const QDateTime& at,
                               const QList<Field>& fields, QWidget* parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));

    const QString who = user.isEmpty() ? tr("someone else") : user;
    const QLocale locale;
    const QString rest = tr("Your changes were not saved. For each value below, keep yours or take the one now in "
                            "the database, then save again.");
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    if (at.isValid()) {
        const QDateTime local = at.toLocalTime();
        m_summary->setText(tr("<b>“%1” was changed by %2 on %3 at %4 while you were editing it.</b> %5")
                               .arg(recordName.toHtmlEscaped(), who.toHtmlEscaped(),
                                    locale.toString(local.date(), QLocale::LongFormat),
                                    locale.toString(local.time(), QLocale::ShortFormat), rest));
    } else {
        m_summary->setText(tr("<b>“%1” was changed by %2 while you were editing it.</b> %3")
                               .arg(recordName.toHtmlEscaped(), who.toHtmlEscaped(), rest));
    }
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->addWidget(headerLabel(tr("Value"), this), 0, 0);
    grid->addWidget(headerLabel(tr("Changed by"), this), 0, 1);
    grid->addWidget(headerLabel(tr("In the database now"), this), 0, 2);
    grid->addWidget(headerLabel(tr("Yours"), this), 0, 3);
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field& field = m_fields.at(i);
        const int row = i + 1;
        auto* name = new QLabel(field.label, this);
        const QString changedBy = field.changedByThem && field.changedByYou ? tr("both of you")
                                  : field.changedByThem                     ? who
                                                                            : tr("you");
        auto* by = new QLabel(changedBy, this);
        by->setObjectName(QStringLiteral("changedByLabel_%1").arg(i));
        QRadioButton* theirs = valueButton(field.theirsText, this);
        theirs->setObjectName(QStringLiteral("theirsRadioButton_%1").arg(i));
        theirs->setAccessibleName(tr("%1, in the database now: %2").arg(field.label, field.theirsText));
        QRadioButton* yours = valueButton(field.yoursText, this);
        yours->setObjectName(QStringLiteral("yoursRadioButton_%1").arg(i));
        yours->setAccessibleName(tr("%1, yours: %2").arg(field.label, field.yoursText));
        auto* group = new QButtonGroup(this);
        group->addButton(theirs, TheirsId);
        group->addButton(yours, YoursId);
        (field.changedByYou ? yours : theirs)->setChecked(true);
        m_choices.append(group);
        name->setBuddy(theirs);
        grid->addWidget(name, row, 0);
        grid->addWidget(by, row, 1);
        grid->addWidget(theirs, row, 2);
        grid->addWidget(yours, row, 3);
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save My Choices"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Save nothing now: the form keeps your values"));
    QPushButton* allTheirs = buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("takeAllTheirsButton"));
    QPushButton* allYours = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ActionRole);
    allYours->setObjectName(QStringLiteral("keepAllMineButton"));
    connect(allTheirs, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < fieldCount(); ++i) {
            setKeepsYours(i, false);
        }
    });
    connect(allYours, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < fieldCount(); ++i) {
            setKeepsYours(i, true);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
}

bool ConflictDialog::keepsYours(int index) const
{
    return m_choices.at(index)->checkedId() == YoursId;
}

void ConflictDialog::setKeepsYours(int index, bool keep)
{
    m_choices.at(index)->button(keep ? YoursId : TheirsId)->setChecked(true);
}

QVariant ConflictDialog::chosenValue(int index) const
{
    return keepsYours(index) ? m_fields.at(index).yours : m_fields.at(index).theirs;
}

QString ConflictDialog::summary() const
{
    return m_summary->text();
}

int ConflictDialog::run()
{
    if (std::function<int(ConflictDialog&)> handler = std::exchange(nextHandler(), {})) {
        const int result = handler(*this);
        setResult(result);
        return result;
    }
    return exec();
}

void ConflictDialog::setNextHandler(std::function<int(ConflictDialog&)> handler)
{
    nextHandler() = std::move(handler);
}

} // namespace Palier
