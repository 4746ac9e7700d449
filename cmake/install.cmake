# What `cmake --install` puts under the prefix besides the two programs (their install() lines sit with
# their targets in tools/cli and tools/gui): the bundled scenarios with the trainers' guide and the schema their
# first lines name for editors, the window's assets, and the desktop entry and icon that put the simulator in
# the system's applications menu.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/scenarios/" DESTINATION "${FRONTDESK_INSTALL_DATADIR}/scenarios"
  FILES_MATCHING PATTERN "*.yaml" PATTERN "README.md" PATTERN "*.schema.json")

if(FRONTDESK_GUI)
  # The desktop entry belongs to the menu, not to the window's own files.
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/" DESTINATION "${FRONTDESK_INSTALL_DATADIR}/assets"
    PATTERN "*.desktop" EXCLUDE)
  install(FILES "${PROJECT_SOURCE_DIR}/assets/frontdesk.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${PROJECT_SOURCE_DIR}/assets/icons/frontdesk.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()
