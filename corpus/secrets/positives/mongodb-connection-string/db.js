const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://analytics:BzwwUonucZdH*7@cluster0.k3x9q.mongodb.net/events?retryWrites=true&w=majority";
const client = new MongoClient(uri);

module.exports = async function connect() {
  await client.connect();
  return client.db("events");
};
