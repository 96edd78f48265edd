# SPDX-License-Identifier: Apache-2.0
# `cpack --config build/CPackConfig.cmake` (or scripts/package.sh) builds netral_VERSION_ARCH.deb:
# everything `cmake --install` installs, under /usr, with the run-time dependencies found by
# dpkg-shlibdeps from the binaries themselves.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netral)
set(CPACK_PACKAGE_VENDOR "netral")
set(CPACK_PACKAGE_CONTACT "netral maintainers <netral@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "rules engine for ASN election-neutrality sanctions, with a justification trail")
set(CPACK_PACKAGE_DESCRIPTION
  "netral turns the Indonesian rules on civil-servant election neutrality into recommended sanctions with a trail a lawyer can check. The package holds the netral command, the bundled rule pack, the shared and static library with its C++ headers, a CMake package and a pkg-config file.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# `netral graph --format svg` runs Graphviz's dot when it is there.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz")
set(CPACK_STRIP_FILES ON)
include(CPack)
