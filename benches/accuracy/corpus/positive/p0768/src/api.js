export async function load(path) {
  const res = await fetch(`https://api.resend.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer re_O8MK9ckK_MSkubYoMfqHw3Lt4oZBAEKHP',
    },
  });
  return res.json();
}
