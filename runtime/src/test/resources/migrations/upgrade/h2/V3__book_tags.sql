-- a table with a composite key and a foreign key that cascades
CREATE TABLE "up_book_tags" (
    "book_id" BIGINT NOT NULL,
    "tag" VARCHAR(50) NOT NULL,
    CONSTRAINT "up_book_tags_pkey" PRIMARY KEY ("book_id", "tag"),
    CONSTRAINT "up_book_tags_book_id_fkey" FOREIGN KEY ("book_id") REFERENCES "up_books" ("id") ON DELETE CASCADE
);
