INSERT INTO users (id, email) VALUES ('93e09a26-3c72-47b0-885f-743c510bf979', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('9b24b117-5d61-4e64-9ea8-877cabcf30b2', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('e1da9dd2-874c-461e-ac51-23285bf3d71d', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('85014cfc-aee6-4d51-9f01-dfc83bcb6066', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('cdf07f1c-3484-4d09-8391-66dda1e016d5', 'user4@example.org');
