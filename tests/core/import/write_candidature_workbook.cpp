// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the candidature workbook of tst_importcandidatures to argv[1]: an AMI export as Excel stores it,
// numbers as numbers, dates as date-formatted serials.
//
// A process of its own because libxlsxwriter and QuaZip cannot share one: libquazip1-qt6 exports its own
// copy of minizip's zip* functions, which take the place of libminizip's when both are loaded, and
// libxlsxwriter then crashes in workbook_close() (zipOpen3 gets QuaZip's QIODevice-based file functions).
#include <xlsxwriter.h>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        return 2;
    }
    lxw_workbook* workbook = workbook_new(argv[1]);
    if (!workbook) {
        return 1;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Candidatures");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    const char* headers[] = {"N° FINESS", "Domaine",     "Titre du projet", "Montant demandé",
                             "Solution",  "Début prévu", "Fin prévue",      "Date de dépôt"};
    for (int c = 0; c < 8; ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    }
    lxw_datetime start{2019, 9, 1, 0, 0, 0};
    lxw_datetime end{2021, 6, 30, 0, 0, 0};
    // Row 2: everything typed as a spreadsheet stores it.
    worksheet_write_number(sheet, 1, 0, 130000011, nullptr);
    worksheet_write_string(sheet, 1, 1, "D2", nullptr);
    worksheet_write_string(sheet, 1, 2, "DPI fictif", nullptr);
    worksheet_write_number(sheet, 1, 3, 1234567.56, nullptr);
    worksheet_write_string(sheet, 1, 4, "Éditeur fictif", nullptr);
    worksheet_write_datetime(sheet, 1, 5, &start, date);
    worksheet_write_datetime(sheet, 1, 6, &end, date);
    worksheet_write_string(sheet, 1, 7, "30/06/2019", nullptr);
    // Row 3: a domain typed as a number, an amount as text.
    worksheet_write_number(sheet, 2, 0, 130000094, nullptr);
    worksheet_write_number(sheet, 2, 1, 6, nullptr);
    worksheet_write_string(sheet, 2, 2, "Messagerie fictive", nullptr);
    worksheet_write_string(sheet, 2, 3, "250 000 €", nullptr);
    // Row 4: a FINESS number stored as a number lost its leading zero; row 5: a negative amount.
    worksheet_write_number(sheet, 3, 0, 10000024, nullptr);
    worksheet_write_string(sheet, 3, 1, "D1", nullptr);
    worksheet_write_string(sheet, 3, 2, "Imagerie fictive", nullptr);
    worksheet_write_number(sheet, 3, 3, 1000, nullptr);
    worksheet_write_string(sheet, 4, 0, "130000037", nullptr);
    worksheet_write_string(sheet, 4, 1, "D3", nullptr);
    worksheet_write_string(sheet, 4, 2, "Prescription fictive", nullptr);
    worksheet_write_number(sheet, 4, 3, -20000, nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
