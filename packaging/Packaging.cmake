# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files, the user guide and the packages: `cpack -G DEB` in the build directory
# (packaging/README.md); on Windows `cpack -G WIX` (packaging/windows/README.md, windows/Windows.cmake).
include(GNUInstallDirs)

set(PALIER_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
if(NOT WIN32)
    install(FILES "${PALIER_PACKAGING_DIR}/linux/${PALIER_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PALIER_PACKAGING_DIR}/linux/${PALIER_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PALIER_PACKAGING_DIR}/linux/${PALIER_APP_ID}.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${PALIER_APP_ID}.xml")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/palier.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${PALIER_APP_ID}.svg")
endif()

# The user guide, shown by Help › User Guide (src/gui/HelpBrowser.h looks for it next to the executable, then in
# ../share/palier/guide, then in the data folders of QStandardPaths). Installed as application data, not under
# share/doc, which minimal Debian systems leave out (dpkg path-exclude); next to palier.exe on Windows. In the build
# tree it is copied next to the executable, so that a developer's build shows it too.
set(PALIER_GUIDE_FILES
    en.md fr.md
    img/candidatures.png img/dashboard.png img/establishments.png img/follow-up.png img/instruction.png
    img/letters.png img/preselection.png img/roadmap.png img/welcome.png)
if(WIN32)
    set(PALIER_GUIDE_INSTALL_DIR "${CMAKE_INSTALL_BINDIR}/guide")
else()
    set(PALIER_GUIDE_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/palier/guide")
endif()
foreach(file IN LISTS PALIER_GUIDE_FILES)
    get_filename_component(subdir "${file}" DIRECTORY)
    install(FILES "${PROJECT_SOURCE_DIR}/docs/guide/${file}" DESTINATION "${PALIER_GUIDE_INSTALL_DIR}/${subdir}")
endforeach()
list(TRANSFORM PALIER_GUIDE_FILES PREPEND "${PROJECT_SOURCE_DIR}/docs/guide/")
set(PALIER_GUIDE_PAGES ${PALIER_GUIDE_FILES})
list(FILTER PALIER_GUIDE_PAGES INCLUDE REGEX "\\.md$")
set(PALIER_GUIDE_IMAGES ${PALIER_GUIDE_FILES})
list(FILTER PALIER_GUIDE_IMAGES INCLUDE REGEX "\\.png$")
add_custom_target(palier_guide ALL
    COMMAND "${CMAKE_COMMAND}" -E make_directory "$<TARGET_FILE_DIR:palier>/guide/img"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${PALIER_GUIDE_PAGES} "$<TARGET_FILE_DIR:palier>/guide"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${PALIER_GUIDE_IMAGES} "$<TARGET_FILE_DIR:palier>/guide/img"
    COMMENT "Copying the user guide next to palier"
    VERBATIM)

# Manual pages, compressed as Debian policy wants them (gzip -n: no timestamp, so the package is reproducible).
if(NOT WIN32)
    find_program(PALIER_GZIP gzip REQUIRED)
    foreach(page palier.1 palier-cli.1)
        set(source "${PALIER_PACKAGING_DIR}/linux/${page}")
        set(compressed "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz")
        add_custom_command(
            OUTPUT "${compressed}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
            COMMAND "${PALIER_GZIP}" -9 -n -c "${source}" > "${compressed}"
            DEPENDS "${source}"
            VERBATIM)
        list(APPEND PALIER_MAN_PAGES "${compressed}")
    endforeach()
    add_custom_target(palier_man_pages ALL DEPENDS ${PALIER_MAN_PAGES})
    install(FILES ${PALIER_MAN_PAGES} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()

set(CPACK_PACKAGE_NAME "palier")
set(CPACK_PACKAGE_VENDOR "Palier developers")
set(CPACK_PACKAGE_CONTACT "Palier developers <palier@palier.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Hop'EN campaign management for ARS referents")
set(CPACK_PACKAGE_DESCRIPTION
    "Palier is the desktop application of the referents of the French regional health agencies (ARS) who run\n"
    "Hop'EN: regional roadmap, FINESS registry and candidate files, instruction and scoring, preselection under\n"
    "the envelope and the DGOS file, notification letters, follow-up of projects and payments.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
if(WIN32)
    include("${PALIER_PACKAGING_DIR}/windows/Windows.cmake")
else()
    set(CPACK_GENERATOR "DEB")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: plugins Qt loads at run time (platform, SQL drivers, SVG icons), Qt's own
# French translations, and libxlsxwriter, opened with dlopen (src/core/scoring/XlsxOutput.h).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-translations-l10n, libxlsxwriter4, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")
include(CPack)
