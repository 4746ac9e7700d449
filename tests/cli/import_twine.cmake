# import-twine: the sample stories imported and linted clean, a refused overwrite, and what a trainer sees
# when the story cannot be imported (a missing file, a file that is no story, a broken link).
add_test(NAME cli.import_twine_samples COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/import_twine.sh" ${FD} "${PROJECT_SOURCE_DIR}"
  "${CMAKE_CURRENT_BINARY_DIR}/import-twine")
frontdesk_cli_test(import_twine_broken_link --exit 1 --golden "${GOLDEN}/import-twine-broken-link.txt"
  -- ${FD} import-twine tests/fixtures/twine/broken-link.twee -o "${CMAKE_CURRENT_BINARY_DIR}/broken-link.yaml")
frontdesk_cli_test(import_twine_missing_file --exit 1 --expect "^tests/fixtures/twine/no-such-story.twee: error: no such file$"
  --expect "nothing written" -- ${FD} import-twine tests/fixtures/twine/no-such-story.twee -o "${CMAKE_CURRENT_BINARY_DIR}/no-such-story.yaml")
frontdesk_cli_test(import_twine_not_a_story --exit 1 --expect "error: no passage header .* so it is not a Twee 3 story"
  -- ${FD} import-twine ${EXAMPLE} -o "${CMAKE_CURRENT_BINARY_DIR}/not-a-story.yaml")
frontdesk_cli_test(import_twine_bad_id --exit 2 --expect "'Lost Courier' is not a scenario id"
  -- ${FD} import-twine tests/fixtures/twine/lost-courier.twee -o "${CMAKE_CURRENT_BINARY_DIR}/bad-id.yaml" --id "Lost Courier")
frontdesk_cli_test(import_twine_bad_language --exit 2 --expect "--language: fr not in"
  -- ${FD} import-twine tests/fixtures/twine/lost-courier.twee -o "${CMAKE_CURRENT_BINARY_DIR}/bad-language.yaml" --language fr)
frontdesk_cli_test(import_twine_no_output --exit 2 --expect "output is required" -- ${FD} import-twine tests/fixtures/twine/lost-courier.twee)
frontdesk_cli_test(import_twine_output_folder_missing --exit 1 --expect "^frontdesk import-twine: cannot write .*/no-such-folder/out.yaml: the folder .* does not exist"
  -- ${FD} import-twine tests/fixtures/twine/lost-courier.twee -o "${CMAKE_CURRENT_BINARY_DIR}/no-such-folder/out.yaml")
