// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpPage.h"

#include "ConflictDialog.h"
#include "FollowUpDialogs.h"
#include "Formats.h"
#include "MessageBox.h"
#include "Pages.h"
#include "ProjectDetailModels.h"
#include "ProjectListModel.h"
#include "db/Database.h"
#include "db/RowVersion.h"
#include "followup/Declarations.h"
#include "followup/Payments.h"
#include "followup/Projects.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Palier {

namespace {

constexpr int DetailMinimumWidth = 420;

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QTableView* detailTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false); // long labels are elided; their tooltip reads in full
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(Pages::sectionFont(label->font()));
    return label;
}

} // namespace

FollowUpPage::FollowUpPage(const QString& title, QWidget* parent)
    : TablePage(title, new ProjectListModel, parent)
    , m_projects(static_cast<ProjectListModel*>(model()))
    , m_payments(new PaymentScheduleModel(this))
    , m_targets(new UsageTargetModel(this))
{
    using Column = ProjectColumn;
    setMainColumn(int(Column::Establishment));
    setHiddenByDefault({int(Column::Finess)});
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_refreshButton = new QPushButton(tr("&Refresh Due Payments"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDueButton"));
    m_refreshButton->setToolTip(tr("Makes due the tranches whose conditions are now met (prerequisites, usage "
                                   "targets), and planned again those whose conditions no longer are"));
    connect(m_refreshButton, &QPushButton::clicked, this, &FollowUpPage::refreshDue);
    addHeaderWidget(m_refreshButton);
    addSideWidget(createDetail());

    connect(this, &TablePage::currentRecordChanged, this, &FollowUpPage::showProject);
    connect(this, &TablePage::reloaded, this, [this] {
        showProject(currentProject());
        updateActions();
    });
    connect(m_paymentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpPage::updateActions);
    showProject(-1);
}

QWidget* FollowUpPage::createDetail()
{
    auto* detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("projectDetail"));
    detail->setMinimumWidth(DetailMinimumWidth);
    m_projectLabel = new QLabel(detail);
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    m_projectLabel->setFont(Pages::sectionFont(m_projectLabel->font()));
    m_projectLabel->setWordWrap(true);
    m_stateLabel = new QLabel(detail);
    m_stateLabel->setObjectName(QStringLiteral("projectStateLabel"));
    m_stateLabel->setWordWrap(true);

    m_stateButton = new QPushButton(tr("Change &State…"), detail);
    m_stateButton->setObjectName(QStringLiteral("changeStateButton"));
    connect(m_stateButton, &QPushButton::clicked, this, &FollowUpPage::changeState);
    m_noteButton = new QPushButton(tr("Add a &Note…"), detail);
    m_noteButton->setObjectName(QStringLiteral("addNoteButton"));
    connect(m_noteButton, &QPushButton::clicked, this, &FollowUpPage::addNote);
    m_payButton = new QPushButton(tr("Mark as &Paid…"), detail);
    m_payButton->setObjectName(QStringLiteral("markPaidButton"));
    m_payButton->setToolTip(tr("Records the payment date and reference of the due tranche selected"));
    connect(m_payButton, &QPushButton::clicked, this, &FollowUpPage::markPaid);
    m_cancelButton = new QPushButton(tr("Cance&l the Tranche…"), detail);
    m_cancelButton->setObjectName(QStringLiteral("cancelTrancheButton"));
    m_cancelButton->setToolTip(tr("Cancels the planned or due tranche selected, with the reason (kept as a note)"));
    connect(m_cancelButton, &QPushButton::clicked, this, qOverload<>(&FollowUpPage::cancelTranche));

    m_paymentView = detailTable(m_payments, QStringLiteral("paymentTableView"), detail);
    m_targetView = detailTable(m_targets, QStringLiteral("targetTableView"), detail);
    m_notes = new QTextBrowser(detail);
    m_notes->setObjectName(QStringLiteral("notesTextBrowser"));
    m_paymentView->setAccessibleName(tr("Payment schedule"));
    m_targetView->setAccessibleName(tr("Usage indicators"));
    m_notes->setAccessibleName(tr("Notes"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_stateButton);
    actions->addWidget(m_noteButton);
    actions->addStretch();
    auto* paymentsHeader = new QHBoxLayout;
    paymentsHeader->addWidget(sectionLabel(tr("Payment schedule"), detail), 1);
    paymentsHeader->addWidget(m_cancelButton);
    paymentsHeader->addWidget(m_payButton);

    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_stateLabel);
    layout->addLayout(actions);
    layout->addLayout(paymentsHeader);
    layout->addWidget(m_paymentView, 2);
    layout->addWidget(sectionLabel(tr("Usage indicators"), detail));
    layout->addWidget(m_targetView, 2);
    layout->addWidget(sectionLabel(tr("Notes"), detail));
    layout->addWidget(m_notes, 1);
    return detail;
}

void FollowUpPage::setToday(const QDate& today)
{
    m_today = today;
    m_payments->setToday(today);
}

qint64 FollowUpPage::currentProject() const
{
    const QList<qint64> ids = selectedRecordIds();
    return ids.isEmpty() ? -1 : ids.constFirst();
}

bool FollowUpPage::writable() const
{
    return database() && !database()->isReadOnly();
}

void FollowUpPage::showProject(qint64 id)
{
    const int row = id < 0 ? -1 : m_projects->rowOfRecord(id);
    if (row < 0 || !database()) {
        m_projectLabel->setText(database() && m_projects->rowCount() == 0
                                    ? tr("No funded project yet: projects are created from the notified files.")
                                    : QString());
        m_stateLabel->clear();
        m_payments->setPayments({});
        m_targets->setTargets({});
        m_notes->clear();
        updateActions();
        return;
    }
    const Project& p = m_projects->project(row).project;
    m_projectLabel->setText(tr("%1 — %2").arg(p.establishment, p.domainCode));
    QString state = tr("%1 · granted %2").arg(projectStateLabel(p.state), Formats::amount(p.grantedCents));
    if (p.state == ProjectState::Finished && p.finishedOn.isValid()) {
        state = tr("Finished on %1 · granted %2").arg(longDate(p.finishedOn), Formats::amount(p.grantedCents));
    } else if (p.state == ProjectState::Abandoned) {
        state = tr("Abandoned: %1").arg(p.stateReason);
    } else if (p.startedOn.isValid()) {
        state = tr("In progress since %1 · granted %2").arg(longDate(p.startedOn), Formats::amount(p.grantedCents));
    }
    m_stateLabel->setText(state);

    QStringList problems;
    PaymentFilter filter;
    filter.projectId = id;
    filter.asOf = m_today;
    if (Result<QList<Payment>> payments = listPayments(*database(), filter)) {
        m_payments->setPayments(payments.value());
        // The tranche to act on first: the due one.
        for (int row = 0; row < m_payments->rowCount(); ++row) {
            if (m_payments->payment(row).state == PaymentState::Due) {
                m_paymentView->setCurrentIndex(m_payments->index(row, 0));
                break;
            }
        }
    } else {
        m_payments->setPayments({});
        problems.append(payments.error().message);
    }
    if (Result<ProjectTargets> targets = projectTargets(*database(), id)) {
        m_targets->setTargets(targets->targets);
    } else {
        m_targets->setTargets({});
        problems.append(targets.error().message);
    }
    QString html;
    if (Result<QList<ProjectNote>> notes = projectNotes(*database(), id)) {
        for (const ProjectNote& note : notes.value()) {
            html += QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                        .arg(longDate(note.writtenAt.toLocalTime().date()), note.author.toHtmlEscaped(),
                             note.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        }
        if (html.isEmpty()) {
            html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No note yet."));
        }
    } else {
        problems.append(notes.error().message);
    }
    m_notes->setHtml(html);
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')));
    }
    updateActions();
}

void FollowUpPage::updateActions()
{
    const qint64 id = currentProject();
    const int row = id < 0 ? -1 : m_projects->rowOfRecord(id);
    const bool inProgress = row >= 0 && m_projects->project(row).project.state == ProjectState::InProgress;
    const QModelIndex payment = m_paymentView->currentIndex();
    const bool due = payment.isValid() && m_payments->payment(payment.row()).state == PaymentState::Due;
    const bool planned = payment.isValid() && m_payments->payment(payment.row()).state == PaymentState::Planned;
    m_refreshButton->setEnabled(writable());
    m_stateButton->setEnabled(writable() && inProgress);
    m_noteButton->setEnabled(writable() && row >= 0);
    m_payButton->setEnabled(writable() && due);
    m_cancelButton->setEnabled(writable() && (due || planned));
}

void FollowUpPage::reloadKeeping(qint64 id)
{
    reload(database());
    selectRecord(id);
}

void FollowUpPage::changeState()
{
    const qint64 id = currentProject();
    const int row = id < 0 ? -1 : m_projects->rowOfRecord(id);
    if (row < 0 || !writable()) {
        return;
    }
    const Project p = m_projects->project(row).project; // a copy: the page may be read again while the dialog is open
    ProjectStateDialog dialog(
        QStringLiteral("<b>%1</b>").arg(tr("%1 — %2").arg(p.establishment, p.domainCode).toHtmlEscaped()), p.startedOn,
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    ProjectStateChange change;
    change.to = dialog.finished() ? ProjectState::Finished : ProjectState::Abandoned;
    change.date = dialog.finished() ? dialog.date() : QDate();
    change.reason = dialog.reason();
    changeProject(p, change);
}

bool FollowUpPage::settleConflict(const Error& error, const QString& title, const QString& table, qint64 id,
                                  const QString& record, const QString& label, const QString& theirs,
                                  const QString& yours, bool stillPossible)
{
    if (!stillPossible) {
        MessageBox::warning(this, title, tr("%1\n\nWhat you wanted: %2.").arg(error.message, yours), error.detail);
        return false;
    }
    const LastChange last = lastChange(*database(), table, id);
    ConflictDialog dialog(record, last.user, last.at, {{label, theirs, yours, theirs, yours, true, true}}, this);
    return dialog.run() == QDialog::Accepted && dialog.keepsYours(0);
}

bool FollowUpPage::changeProject(const Project& seen, const ProjectStateChange& change)
{
    if (!writable()) {
        return false;
    }
    const QString title = tr("Cannot Change the State of the Project");
    Result<Project> changed = Palier::changeProjectState(*database(), seen.id, change, seen.rowVersion);
    if (!changed && changed.error().code == QLatin1String("db.conflict")) {
        Result<Project> now = loadProject(*database(), seen.id);
        Project wanted = seen;
        wanted.state = change.to;
        wanted.finishedOn = change.date;
        wanted.stateReason = change.reason.trimmed();
        const bool keepMine =
            now && settleConflict(changed.error(), title, QStringLiteral("project"), seen.id,
                                  tr("%1 — %2").arg(seen.establishment, seen.domainCode), tr("State"),
                                  projectStateDescription(now.value()), projectStateDescription(wanted),
                                  now->state == ProjectState::InProgress);
        if (!keepMine) {
            reloadKeeping(seen.id);
            return false;
        }
        changed = Palier::changeProjectState(*database(), seen.id, change, now->rowVersion);
    }
    if (!changed) {
        MessageBox::showError(this, title, changed.error());
        reloadKeeping(seen.id);
        return false;
    }
    reloadKeeping(seen.id);
    return true;
}

void FollowUpPage::markPaid()
{
    const QModelIndex index = m_paymentView->currentIndex();
    if (!index.isValid() || !writable()) {
        return;
    }
    const Payment payment = m_payments->payment(index.row());
    const QString summary =
        QStringLiteral("<b>%1</b><br>%2")
            .arg(m_projectLabel->text().toHtmlEscaped(), tr("Tranche “%1” planned for %2: %3")
                                                             .arg(trancheLabel(payment.tranche))
                                                             .arg(payment.plannedYear)
                                                             .arg(Formats::amount(payment.amountCents)));
    PaymentDialog dialog(summary, payment.dueOn, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    payTranche(payment, dialog.paidOn(), dialog.reference());
}

namespace {

/// The tranche as the conflict dialog names it.
QString trancheName(const Payment& payment)
{
    return FollowUpPage::tr("%1 — %2: tranche “%3” of %4")
        .arg(payment.establishment, payment.domainCode, trancheLabel(payment.tranche))
        .arg(payment.plannedYear);
}

} // namespace

bool FollowUpPage::payTranche(const Payment& seen, const QDate& paidOn, const QString& reference)
{
    if (!writable()) {
        return false;
    }
    const QString title = tr("Cannot Record the Payment");
    Result<Payment> paid = payPayment(*database(), seen.id, paidOn, reference, m_today, seen.rowVersion);
    if (!paid && paid.error().code == QLatin1String("db.conflict")) {
        Result<Payment> now = loadPayment(*database(), seen.id);
        Payment wanted = seen;
        wanted.state = PaymentState::Paid;
        wanted.paidOn = paidOn;
        wanted.reference = reference.trimmed();
        const bool keepMine =
            now && settleConflict(paid.error(), title, QStringLiteral("payment"), seen.id, trancheName(seen),
                                  tr("Tranche"), paymentStateDescription(now.value()), paymentStateDescription(wanted),
                                  now->state == PaymentState::Due);
        if (!keepMine) {
            reloadKeeping(seen.projectId);
            return false;
        }
        paid = payPayment(*database(), seen.id, paidOn, reference, m_today, now->rowVersion);
    }
    if (!paid) {
        MessageBox::showError(this, title, paid.error());
        reloadKeeping(seen.projectId);
        return false;
    }
    reloadKeeping(seen.projectId);
    return true;
}

void FollowUpPage::cancelTranche()
{
    const QModelIndex index = m_paymentView->currentIndex();
    if (!index.isValid() || !writable()) {
        return;
    }
    const Payment payment = m_payments->payment(index.row());
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel the Tranche"),
                                                 tr("Why is the tranche “%1” of %2 (%3) cancelled?")
                                                     .arg(trancheLabel(payment.tranche))
                                                     .arg(payment.plannedYear)
                                                     .arg(Formats::amount(payment.amountCents)),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok || reason.trimmed().isEmpty()) {
        return;
    }
    cancelTranche(payment, reason.trimmed());
}

bool FollowUpPage::cancelTranche(const Payment& seen, const QString& reason)
{
    if (!writable()) {
        return false;
    }
    const QString title = tr("Cannot Cancel the Tranche");
    Result<Payment> cancelled = cancelPayment(*database(), seen.id, reason, seen.rowVersion);
    if (!cancelled && cancelled.error().code == QLatin1String("db.conflict")) {
        Result<Payment> now = loadPayment(*database(), seen.id);
        Payment wanted = seen;
        wanted.state = PaymentState::Cancelled;
        const bool keepMine =
            now && settleConflict(cancelled.error(), title, QStringLiteral("payment"), seen.id, trancheName(seen),
                                  tr("Tranche"), paymentStateDescription(now.value()), paymentStateDescription(wanted),
                                  now->state == PaymentState::Due || now->state == PaymentState::Planned);
        if (!keepMine) {
            reloadKeeping(seen.projectId);
            return false;
        }
        cancelled = cancelPayment(*database(), seen.id, reason, now->rowVersion);
    }
    if (!cancelled) {
        MessageBox::showError(this, title, cancelled.error());
        reloadKeeping(seen.projectId);
        return false;
    }
    reloadKeeping(seen.projectId);
    return true;
}

void FollowUpPage::addNote()
{
    const qint64 id = currentProject();
    if (id < 0 || !writable()) {
        return;
    }
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(
        this, tr("Add a Note"), tr("Progress of %1:").arg(m_projectLabel->text()), QString(), &ok);
    if (!ok || body.trimmed().isEmpty()) {
        return;
    }
    if (Result<ProjectNote> added = addProjectNote(*database(), id, body.trimmed()); !added) {
        MessageBox::showError(this, tr("Cannot Add the Note"), added.error());
        return;
    }
    showProject(id);
}

void FollowUpPage::refreshDue()
{
    if (!writable()) {
        return;
    }
    const qint64 id = currentProject();
    Result<QList<PaymentStateUpdate>> updates = refreshDuePayments(*database(), m_today);
    if (!updates) {
        MessageBox::showError(this, tr("Cannot Refresh the Due Payments"), updates.error());
        return;
    }
    reloadKeeping(id);
    showMessage(updates->isEmpty() ? tr("No tranche changed state.")
                                   : tr("%Ln tranche(s) changed state.", nullptr, int(updates->size())));
}

} // namespace Palier
