// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "Pages.h"
#include "SvgIcon.h"

#include <QIcon>

namespace Palier {

namespace {
constexpr int IconSize = 64;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(svgIcon(QStringLiteral(":/icons/palier.svg")).pixmap(IconSize, IconSize));
    m_ui->nameLabel->setFont(Pages::titleFont(m_ui->nameLabel->font()));
    m_ui->nameLabel->setText(tr("Palier %1").arg(QStringLiteral(PALIER_VERSION)));
    m_ui->licenceLabel->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License</a>, version 3 or later. "
           "Built with Qt %2.")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"), QString::fromLatin1(qVersion())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace Palier
