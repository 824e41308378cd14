export async function load(path) {
  const res = await fetch(`https://api.stabilityai.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer sk-kZ4M9xiMqt1zNroDjWFsVNdDpBncjeNTPG6A0CoBYU0WHcOC',
    },
  });
  return res.json();
}
