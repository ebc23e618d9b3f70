import { openDatabase } from "./db/client.js";

// `npm run migrate`: brings the schema up to date, then exits.
const database = openDatabase();
try {
  await database.migrate();
  console.log("database schema is up to date");
} finally {
  await database.close();
}
