-- The first release of the example's schema for MariaDB: what 'app db ddl' printed, without IF NOT EXISTS.
-- Applied scripts are never edited: a change to the entities goes into the next V<n>__<name>.sql.

CREATE TABLE `authors` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(200) NOT NULL,
    CONSTRAINT `authors_pkey` PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `books` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(200) NOT NULL,
    `author_id` BIGINT NOT NULL,
    `year` INT NOT NULL,
    `isbn` VARCHAR(20),
    CONSTRAINT `books_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `books_isbn_key` UNIQUE (`isbn`),
    CONSTRAINT `books_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX `books_author_id_year_idx` ON `books` (`author_id`, `year`);
