export async function load(path) {
  const res = await fetch(`https://api.line.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 0GAjxFE5BsAkRkXoqSz8gzFA6X2l7cibT1I8+f23McVWy/eIwgvpBJk16q/DUFS8AwRRxolMesIdnqUcrHRQJ8dd6zh5H/2eKTv4KIKUY7t5la4LtwwPhGBkvd1+/tBaz8VkgFIewubB7NP91/AcV1zQ8SyYA4Z8gXEjdRx/Lyw=',
    },
  });
  return res.json();
}
