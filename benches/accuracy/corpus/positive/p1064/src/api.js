export async function load(path) {
  const res = await fetch(`https://api.square.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer EAAAKtkNues7lWGz4KldAOU6ZkRQVP9ESYhhGDnf2SfPEiAtsZaM96MsmgxZjmIj',
    },
  });
  return res.json();
}
