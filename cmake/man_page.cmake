# SPDX-License-Identifier: Apache-2.0
# cmake -DNETRAL=… -DHELP2MAN=… -DNETRAL_COMMAND=eval|"" -DOUTPUT=… -P man_page.cmake
# Writes the man page of `netral` or of one command from its --help, named netral-COMMAND with
# the one-line summary `netral --help` gives for it, so pages never drift from the CLI.
execute_process(COMMAND ${NETRAL} --help OUTPUT_VARIABLE top_help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "netral --help failed")
endif()
if(NETRAL_COMMAND STREQUAL "")
  set(help_option --help)
  set(summary "rules engine for ASN election-neutrality sanctions")
else()
  set(help_option "${NETRAL_COMMAND} --help")
  string(REGEX MATCH "\n  +${NETRAL_COMMAND} +([^\n]+)" line "${top_help}")
  if(NOT line)
    message(FATAL_ERROR "`netral --help` does not list the command ${NETRAL_COMMAND}")
  endif()
  set(summary "${CMAKE_MATCH_1}")
endif()
execute_process(COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1
                        "--name=${summary}" "--help-option=${help_option}"
                        --version-option=--version --output=${OUTPUT} ${NETRAL}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed for `netral ${NETRAL_COMMAND}`")
endif()
if(NOT NETRAL_COMMAND STREQUAL "")
  file(READ ${OUTPUT} page)
  string(REPLACE ".SH NAME\nnetral \\-" ".SH NAME\nnetral-${NETRAL_COMMAND} \\-" page "${page}")
  string(REGEX REPLACE "\\.TH NETRAL \"1\"" ".TH NETRAL-${NETRAL_COMMAND} \"1\"" page "${page}")
  file(WRITE ${OUTPUT} "${page}")
endif()
