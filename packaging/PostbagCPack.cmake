# SPDX-FileCopyrightText: 2026 The Postbag authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build tree makes postbag_<version>_<arch>.deb from the install rules.
# dpkg-shlibdeps works out the shared-library dependencies; what Qt loads as plugins at run time
# is invisible to it and listed here.
set(CPACK_PACKAGE_NAME "postbag")
set(CPACK_PACKAGE_VENDOR "The Postbag authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop POP3 mail client")
set(CPACK_PACKAGE_CONTACT "The Postbag authors <dev@postbag.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/postbag/postbag")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a Qt plugin: without it no profile opens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Also plugins: desktop platform themes (file dialogs, tray), the SVG icon engine, Wayland, and Qt's
# own translations of its standard dialogs. A keyring keeps passwords (or use a password command).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, libqt6svg6, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first and indents these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Postbag downloads mail from several POP3 accounts into one window and keeps
every message on this computer, to read, file and search offline.

Downloads never lose or duplicate a message; messages can be left on the
server and removed after a number of days. Search understands from:,
subject:, has:attachment and more. Remote images in HTML mail are blocked
until allowed. Passwords stay in the desktop keyring. mbox, Maildir and .eml
files can be imported and exported, and a command line works without a
display.")
include(CPack)
