# SPDX-License-Identifier: Apache-2.0
# What `cmake --install` and the .deb put on a machine: the CLI, the bundled rules, the shared and
# static library with the public headers, a CMake package (find_package(netral) → netral::netral,
# and netral::netral_static with COMPONENTS static), a pkg-config file, the bash completion and
# the man pages. docs/install.md says how a host uses each.
include(CMakePackageConfigHelpers)

install(TARGETS netral RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/netral/rules)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/netral DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(NETRAL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/netral)
install(TARGETS netral_shared EXPORT netralTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS netral_static EXPORT netralStaticTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(EXPORT netralTargets NAMESPACE netral:: DESTINATION ${NETRAL_CMAKE_DIR})
install(EXPORT netralStaticTargets NAMESPACE netral:: DESTINATION ${NETRAL_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/netralConfig.cmake.in
  ${PROJECT_BINARY_DIR}/netralConfig.cmake INSTALL_DESTINATION ${NETRAL_CMAKE_DIR})
# 0.x releases may change the API between minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/netralConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/netralConfig.cmake ${PROJECT_BINARY_DIR}/netralConfigVersion.cmake
  DESTINATION ${NETRAL_CMAKE_DIR})

# The .pc file finds its prefix from its own place, so a package installed under any prefix
# (`cmake --install build --prefix DIR`) needs no editing.
set(NETRAL_PKGCONFIG_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH NETRAL_PC_TO_PREFIX /${NETRAL_PKGCONFIG_DIR} /)
string(REGEX REPLACE "/$" "" NETRAL_PC_TO_PREFIX "${NETRAL_PC_TO_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/netral.pc.in ${PROJECT_BINARY_DIR}/netral.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/netral.pc DESTINATION ${NETRAL_PKGCONFIG_DIR})

# Generated from the CLI itself, so they always list the options the binary accepts.
set(NETRAL_GENERATED ${PROJECT_BINARY_DIR}/generated)
add_custom_command(OUTPUT ${NETRAL_GENERATED}/netral.bash
  COMMAND ${CMAKE_COMMAND} -E make_directory ${NETRAL_GENERATED}
  COMMAND netral completion bash > ${NETRAL_GENERATED}/netral.bash
  DEPENDS netral
  COMMENT "Generating the bash completion of netral")
set(NETRAL_MAN_PAGES)
find_program(NETRAL_HELP2MAN help2man)
if(NETRAL_HELP2MAN)
  set(NETRAL_MAN_COMMANDS "" check graph eval explain test whatif doc serve replay log)
  foreach(command IN LISTS NETRAL_MAN_COMMANDS)
    if(command STREQUAL "")
      set(page netral.1)
    else()
      set(page netral-${command}.1)
    endif()
    add_custom_command(OUTPUT ${NETRAL_GENERATED}/${page}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${NETRAL_GENERATED}
      COMMAND ${CMAKE_COMMAND} -DNETRAL=$<TARGET_FILE:netral> -DHELP2MAN=${NETRAL_HELP2MAN}
              -DNETRAL_COMMAND=${command} -DOUTPUT=${NETRAL_GENERATED}/${page}
              -P ${CMAKE_CURRENT_LIST_DIR}/man_page.cmake
      DEPENDS netral ${CMAKE_CURRENT_LIST_DIR}/man_page.cmake
      COMMENT "Generating the man page ${page}")
    list(APPEND NETRAL_MAN_PAGES ${NETRAL_GENERATED}/${page})
  endforeach()
else()
  message(WARNING "help2man not found: the man pages are not built or installed")
endif()
add_custom_target(netral_docs ALL DEPENDS ${NETRAL_GENERATED}/netral.bash ${NETRAL_MAN_PAGES})
install(FILES ${NETRAL_GENERATED}/netral.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME netral)
if(NETRAL_MAN_PAGES)
  install(FILES ${NETRAL_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/package.cmake)
