ALTER TABLE "up_books" ADD COLUMN "isbn" VARCHAR(20);

CREATE INDEX "up_books_author_id_idx" ON "up_books" ("author_id");

ALTER TABLE "up_books" RENAME COLUMN "title" TO "headline";
