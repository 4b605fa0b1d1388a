# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer through CPack's WIX generator (`cpack -G WIX -C Release` in the build directory, WiX Toolset
# 3 on the PATH): packaging/windows/README.md. Included by packaging/Packaging.cmake on Windows only; the Debian
# build never reads it. Installs, next to palier.exe and palier-cli.exe in bin/: what windeployqt collects (Qt
# libraries, plugins, Qt's French translations), the offscreen platform plugin palier-cli needs, the DLLs of GLPK,
# libxlsxwriter, QuaZip and libcsv, the Visual C++ runtime, and the user guide (bin/guide). The charts plug-in goes to
# bin/palier-plugins (src/plugins); windeployqt collects Qt Charts for it.

# palier-cli's letters and roadmap commands draw with the offscreen platform plugin, which windeployqt leaves out.
set(PALIER_QT_PLUGINS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
install(FILES "${PALIER_QT_PLUGINS_DIR}/platforms/qoffscreen.dll" DESTINATION "${CMAKE_INSTALL_BINDIR}/platforms"
        OPTIONAL)

# The libraries Palier links (QuaZip, …) and those it opens at run time (libxlsxwriter: src/core/scoring/
# XlsxOutput.h), found next to their import libraries (vcpkg: installed/x64-windows/bin next to lib).
install(FILES $<TARGET_RUNTIME_DLLS:palier> DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(PALIER_WINDOWS_DLL_DIRS "")
foreach(library IN ITEMS PALIER_XLSXWRITER_PATH PALIER_GLPK_LIBRARY LIBCSV_LIBRARY)
    if(${library})
        get_filename_component(dir "${${library}}" DIRECTORY)
        list(APPEND PALIER_WINDOWS_DLL_DIRS "${dir}/../bin")
    endif()
endforeach()
list(REMOVE_DUPLICATES PALIER_WINDOWS_DLL_DIRS)
set(PALIER_WINDOWS_FOUND_DLLS "")
foreach(name IN ITEMS xlsxwriter glpk csv quazip1-qt6 minizip zlib1 zlib qt6keychain)
    # GLPK's DLL carries its version (glpk_5_0.dll): match the name's start.
    foreach(dir IN LISTS PALIER_WINDOWS_DLL_DIRS)
        file(GLOB found "${dir}/${name}*.dll")
        list(APPEND PALIER_WINDOWS_FOUND_DLLS ${found})
    endforeach()
endforeach()
list(REMOVE_DUPLICATES PALIER_WINDOWS_FOUND_DLLS)
set(PALIER_WINDOWS_DLLS "${PALIER_WINDOWS_FOUND_DLLS}" CACHE STRING "DLLs shipped next to palier.exe besides Qt's")
if(PALIER_WINDOWS_DLLS)
    install(FILES ${PALIER_WINDOWS_DLLS} DESTINATION "${CMAKE_INSTALL_BINDIR}")
else()
    message(WARNING "No GLPK, libxlsxwriter or QuaZip DLL found: set PALIER_WINDOWS_DLLS (packaging/windows/README.md)")
endif()

# Qt's libraries, plugins and French translations, collected by windeployqt into the installed bin/ folder.
find_program(PALIER_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(PALIER_WINDEPLOYQT)
    install(CODE "
        execute_process(
            COMMAND \"${PALIER_WINDEPLOYQT}\" --release --no-compiler-runtime --translations fr,en
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/palier.exe\"
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/palier-cli.exe\"
                    \"\${CMAKE_INSTALL_PREFIX}/${PALIER_PLUGIN_INSTALL_DIR}/$<TARGET_FILE_NAME:palier_charts>\"
            COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "windeployqt not found: the installer would lack Qt's libraries")
endif()

# The Visual C++ runtime, next to the programs (no separate redistributable to install).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "WIX")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Palier")
# Fixed for good, the same as Palier.wxs: a new version replaces the installed one, whichever route built it.
set(CPACK_WIX_UPGRADE_GUID "5E716FEE-4566-4999-BEDB-8EFFDB0CE9E0")
set(CPACK_WIX_CULTURES "fr-FR")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# Start menu shortcut: palier.exe, named Palier.
set(CPACK_PACKAGE_EXECUTABLES "palier;Palier")
# .palier files open in Palier (the MIME type application/x-palier of the Linux package).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-wix-patch.xml")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
# WiX wants the licence as .txt (converted to RTF) or .rtf.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/LICENSE.txt")
# palier.ico, made from resources/icons/palier.svg (README.md); the installer has no icon without it.
set(PALIER_WINDOWS_ICON "${CMAKE_BINARY_DIR}/palier.ico" CACHE FILEPATH "Icon of the installer and of .palier files")
if(EXISTS "${PALIER_WINDOWS_ICON}")
    set(CPACK_WIX_PRODUCT_ICON "${PALIER_WINDOWS_ICON}")
endif()
