import requests
import socket
import urllib.request
from concurrent.futures import wait

def f(url, executor):
    fut = executor.submit(print)
    requests.get(url)
    requests.post(url, json={"a": 1})  # post it
    requests.get(
        url,
        params={"q": 1},  # query, with a comma
    )
    requests.get(url,)
    urllib.request.urlopen(
        url
    )
    requests.delete()
    fut.result(timeout=None)
    s = socket.socket()
    s.settimeout(None)
    socket.setdefaulttimeout(None)
