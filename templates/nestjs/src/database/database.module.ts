import { Global, Inject, Module, type OnApplicationShutdown } from "@nestjs/common";
import { type Database, openDatabase } from "../db/client.js";

/** The injection token of the Database: Drizzle on SQLite or PostgreSQL, as DATABASE_URL says. */
export const DATABASE = Symbol("DATABASE");

@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      // Opens the database and brings its schema up to date before the app serves.
      useFactory: async (): Promise<Database> => {
        const database = openDatabase();
        await database.migrate();
        return database;
      },
    },
  ],
  exports: [DATABASE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  // Runs once the HTTP server has stopped, so the requests in flight keep their database.
  onApplicationShutdown(): Promise<void> {
    return this.database.close();
  }
}
