export async function load(path) {
  const res = await fetch(`https://api.pinecone.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Api-Key': 'pcsk_q7ZoGM_y79VX9A3wbpQTzBq7Vxxgio8Bvfg7azuw97UnwCNQv9XOoSmwhDyvzJ67Nj698V',
    },
  });
  return res.json();
}
