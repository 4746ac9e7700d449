# `cpack -G DEB` in a build tree: a Debian package of what `cmake --install` installs, under /usr. Its
# dependencies come from dpkg-shlibdeps (package dpkg-dev) reading the programs' libraries, plus the fonts the
# window loads at run time, which no library link reveals.
set(FRONTDESK_MAINTAINER "frontdesk maintainers <maintainers@frontdesk.example>"
  CACHE STRING "Maintainer field of the Debian package (name <e-mail>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME frontdesk)
set(CPACK_PACKAGE_VENDOR frontdesk)
set(CPACK_PACKAGE_CONTACT "${FRONTDESK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "practise difficult front-office conversations")
# Debian wants the long description wrapped under 80 columns; an empty line separates paragraphs.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "A simulator in which front-office staff (reception desks, public-service\n"
  "counters, call centres, chat and social-media help desks) practise difficult\n"
  "conversations: trainees choose what to say, watch the other person's mood\n"
  "react, and get a debrief scored on listening, respect and problem-solving.\n"
  "\n"
  "Trainers write the conversations as YAML files and check them with the\n"
  "frontdesk command line (diagnostics, analysis, random play-tests); results\n"
  "are kept in SQLite and reported as tables, CSV, JSON, HTML or xAPI\n"
  "statements. Content ships in English and Italian.\n")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FRONTDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(FRONTDESK_GUI)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS fonts-dejavu-core)
  # The italic face that sets narration apart; without it narration is upright, in brackets and its own colour.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS fonts-dejavu-extra)
endif()

include(CPack)
