"""What a browser would send for a form on a page the test client fetched: every named
field with its current value (ticked boxes only, selected options), ready to change and post."""

from bs4 import BeautifulSoup


def form_data(response, action=None):
    """The fields of the page's form posting to ``action`` (default: the first form with a
    method of POST), as a dict of lists, as the test client posts them."""
    soup = BeautifulSoup(response.content, "html.parser")
    forms = [form for form in soup.find_all("form")
             if (form.get("method") or "").lower() == "post"
             and (action is None or form.get("action") == action)]
    assert forms, f"no POST form{f' to {action}' if action else ''} on the page"
    data = {}
    for field in forms[0].find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            options = field.find_all("option")
            values = [option.get("value", option.text) for option in options
                      if option.has_attr("selected")]
            if not values and options and not field.has_attr("multiple"):
                values = [options[0].get("value", options[0].text)]
        elif field.name == "textarea":
            values = [field.text]
        elif field.get("type") in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        elif field.get("type") in ("submit", "button", "file", "image", "reset"):
            continue
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data
