import requests
import socket
import urllib.request
from concurrent.futures import wait

def f(url, executor):
    fut = executor.submit(print)
    requests.get(url, timeout=30)
    requests.post(url, json={"a": 1}, timeout=30)  # post it
    requests.get(
        url,
        params={"q": 1},  # query, with a comma
        timeout=30,
    )
    requests.get(url, timeout=30)
    urllib.request.urlopen(
        url, timeout=30
    )
    requests.delete(timeout=30)
    fut.result(timeout=30)
    s = socket.socket()
    s.settimeout(30)
    socket.setdefaulttimeout(30)
