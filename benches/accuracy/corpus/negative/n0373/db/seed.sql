INSERT INTO users (id, email) VALUES ('5a58e99d-7b76-4c80-8d69-bdd059717eff', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('33d6b447-e87e-41a1-a708-cb69ea6223fc', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('1dd02d7f-2e95-4abc-be3c-2bace4c9e6f1', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('8433364e-baaa-41b8-9150-cde789c93e64', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('cbebbfb5-cd44-4d85-aefe-bf353c94606f', 'user4@example.org');
