// validate_xapi.js FILE...: every statement in each file (a JSON array of statements, as export-xapi writes and
// the stand-in LRS keeps) checked by Learning Locker's xAPI validator; prints each problem with the statement's
// id and exits 1 when there is any, 2 when a file is not a statement array.
"use strict";
const fs = require("fs");
const validate = require("@learninglocker/xapi-validation").default;

let problems = 0, checked = 0;
for (const file of process.argv.slice(2)) {
  let statements;
  try {
    statements = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    process.exit(2);
  }
  if (!Array.isArray(statements)) {
    console.error(`${file}: not an array of statements`);
    process.exit(2);
  }
  for (const statement of statements) {
    ++checked;
    for (const warning of validate(statement)) {
      ++problems;
      console.error(`${file}: statement ${statement.id}: ${warning.constructor.name}${warning.typeName ? " (" + warning.typeName + " expected)" : ""} at ${warning.path.join(".")}`);
    }
  }
}
console.log(`${checked} statements checked, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
