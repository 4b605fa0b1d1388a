// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DetailForm.h"

#include <memory>

namespace Palier {

namespace Ui {
class CandidatureForm;
}

/// The detail form of the applications page: title, requested amount, state, vendor and dates; the
/// establishment and the domain name the application and are not changed here.
class CandidatureForm : public DetailForm
{
    Q_OBJECT

public:
    explicit CandidatureForm(QWidget* parent = nullptr);
    ~CandidatureForm() override;

protected:
    void loadChoices(const Database& db) override;

private:
    std::unique_ptr<Ui::CandidatureForm> m_ui;
};

} // namespace Palier
