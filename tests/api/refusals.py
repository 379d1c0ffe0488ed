"""What the API tests of offers share about refused input."""
from __future__ import annotations


def refuses_unknown_trade_and_district(client, url: str, body, headers, trade: str,
                                       misspelt: str, meant: str) -> dict:
    """Posting `body()` to `url` with an unknown trade, then with a misspelt district, is a 422
    naming that one field each time, the second suggesting the district `meant`. Returns the
    first answer's JSON."""
    response = client.post(url, json=body(trade=trade), headers=headers)
    assert response.status_code == 422
    unknown_trade = response.get_json()
    assert list(unknown_trade["errors"]["json"]) == ["trade"]
    response = client.post(url, json=body(district=misspelt, state=None), headers=headers)
    assert response.status_code == 422
    answer = response.get_json()
    assert list(answer["errors"]["json"]) == ["district"]
    assert any(s["name"] == meant for s in answer["suggestions"])
    return unknown_trade
