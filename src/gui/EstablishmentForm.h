// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DetailForm.h"

#include <memory>

namespace Palier {

namespace Ui {
class EstablishmentForm;
}

/// The detail form of the establishments page: identifiers checked as they are typed, status, department and
/// GHT chosen from the campaign's lists.
class EstablishmentForm : public DetailForm
{
    Q_OBJECT

public:
    explicit EstablishmentForm(QWidget* parent = nullptr);
    ~EstablishmentForm() override;

protected:
    void loadChoices(const Database& db) override;

private:
    std::unique_ptr<Ui::EstablishmentForm> m_ui;
};

} // namespace Palier
