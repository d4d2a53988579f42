-- the upgrade test's first release: authors and their books
CREATE TABLE `up_authors` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(100) NOT NULL,
    CONSTRAINT `up_authors_pkey` PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `up_books` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(200) NOT NULL,
    `author_id` BIGINT NOT NULL,
    CONSTRAINT `up_books_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `up_books_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `up_authors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
