// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QVariant>

#include <functional>

class QButtonGroup;
class QLabel;

namespace Palier {

/// Shown when a save was refused because a colleague changed the same record meanwhile (RowVersion.h): for each
/// value changed by them or by the user, the value in the database now ("theirs", with who changed it and when,
/// when the audit trail says) and the user's; the user picks one per value, then saves again on the new version,
/// or cancels. Nothing is written by the dialog itself.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    /// One value of the record.
    struct Field
    {
        QString label;      ///< the name of the value ("Title")
        QVariant theirs;    ///< in the database now
        QVariant yours;     ///< what the refused save wanted
        QString theirsText; ///< as shown to the user
        QString yoursText;
        bool changedByThem = false;
        bool changedByYou = false;
    };

    /// `recordName` names the record ("CH de Valbrune – D2"); `user` and `at` the last change, when known.
    ConflictDialog(const QString& recordName, const QString& user, const QDateTime& at, const QList<Field>& fields,
                   QWidget* parent = nullptr);

    int fieldCount() const { return int(m_fields.size()); }
    const Field& field(int index) const { return m_fields.at(index); }
    /// Whether the user's value of field `index` is kept (otherwise theirs is taken). By default the user's value
    /// of what the user changed, theirs of the rest.
    bool keepsYours(int index) const;
    void setKeepsYours(int index, bool keep);
    /// The value chosen for field `index`.
    QVariant chosenValue(int index) const;
    /// The text at the top: who changed the record and when.
    QString summary() const;

    /// exec(), or for tests the handler given to setNextHandler(), once.
    int run();
    /// The next run() does not show the dialog: `handler` gets it (to read it, choose, take a picture of it) and
    /// returns its result (QDialog::Accepted or Rejected). For tests.
    static void setNextHandler(std::function<int(ConflictDialog&)> handler);

private:
    QList<Field> m_fields;
    QList<QButtonGroup*> m_choices;
    QLabel* m_summary = nullptr;
};

} // namespace Palier
